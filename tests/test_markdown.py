from portal.markdown import render_markdown


def test_markdown_renders_headings_lists_and_links():
    html = render_markdown("## Housing\n\n- one\n- two\n\n[ASI](https://asi.ru)")

    assert "<h2>Housing</h2>" in html
    assert "<li>one</li>" in html
    assert '<a href="https://asi.ru" rel="noopener noreferrer">ASI</a>' in html


def test_markdown_strips_script_tags_from_editor_html():
    html = render_markdown("Hello <script>alert('x')</script> world")

    assert "<script" not in html
    assert "alert(" not in html
    assert "Hello" in html


def test_markdown_drops_javascript_links():
    html = render_markdown('[click](javascript:alert(1)) and <a href="javascript:alert(2)">x</a>')

    assert "javascript:" not in html


def test_markdown_drops_event_handler_attributes_and_iframes():
    html = render_markdown('<p onclick="steal()">hi</p><iframe src="https://evil"></iframe>')

    assert "onclick" not in html
    assert "<iframe" not in html
    assert "hi" in html
