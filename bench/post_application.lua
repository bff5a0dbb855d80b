-- POST /api/v1/applications/: a valid submission from a bench candidate.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"category": "scientist", "first_name": "Anna", "last_name": "Bench",
 "date_of_birth": "1990-05-17", "citizenship": "DE", "email": "post@bench.invalid",
 "preferred_language": "en", "preferred_regions": ["RU-KLU"],
 "values_declaration_accepted": true, "signature_name": "Anna Bench",
 "personal_data_consent": true,
 "family_members": [{"relation": "child", "first_name": "Max", "last_name": "Bench",
   "date_of_birth": "2015-03-01", "citizenship": "DE"}]}]]
