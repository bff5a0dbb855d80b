"""The Redis cache backend (django-redis): one redis client per connection pool."""

import pytest
from django.core.cache import caches
from django_redis import get_redis_connection

pytestmark = pytest.mark.redis


def test_operations_share_one_redis_client_and_one_connection():
    cache = caches["default"]
    pool = get_redis_connection("default").connection_pool
    # Other tests' live-server threads may have left connections in the pool.
    idle_before = len(pool._available_connections)
    cache.set("redis-cache-test:a", {"answer": 42}, 30)
    cache.set_many({"redis-cache-test:b": "b", "redis-cache-test:c": "c"}, 30)

    assert cache.get("redis-cache-test:a") == {"answer": 42}
    assert cache.get_many(["redis-cache-test:b", "redis-cache-test:c"]) == {
        "redis-cache-test:b": "b",
        "redis-cache-test:c": "c",
    }
    client = get_redis_connection("default")
    assert get_redis_connection("default") is client
    # Sequential calls on one thread never needed a connection more.
    assert len(client.connection_pool._available_connections) == max(idle_before, 1)


def test_a_deleted_key_is_gone_and_incr_counts():
    cache = caches["default"]
    cache.set("redis-cache-test:n", 1, 30)

    assert cache.incr("redis-cache-test:n") == 2
    cache.delete("redis-cache-test:n")
    assert cache.get("redis-cache-test:n") is None
