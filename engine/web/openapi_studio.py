"""The studio's routes for the OpenAPI document (``engine.web.openapi``): one table, kept apart
because it grows with every studio page."""

# The marketeers' studio: HTML pages for a signed-in browser (cookie on /studio only). Forms
# post with a CSRF token; without a session, pages redirect to the sign-in page and other
# requests answer 401. Errors are HTML pages for browsers and the JSON error shape otherwise.
STUDIO_ROUTES = (
    ("/studio/login", "get", "Sign-in page"),
    ("/studio/login", "post", "Sign in (form: name, password); sets the studio session cookie"),
    ("/studio/logout", "post", "Sign out"),
    ("/studio/", "get", "Overview: vacancies by status, kill switch, recent audit entries"),
    ("/studio/vacancies", "get", "Vacancy list with search and filters (q, language, sector, status, expiring)"),
    ("/studio/vacancies/decide", "post", "Approve or pause selected vacancies"),
    ("/studio/vacancies/{vacancy_id}", "get", "One vacancy with the concepts found in it and language findings"),
    ("/studio/vacancies/{vacancy_id}/preview", "get", "Its ads across sample pages, personas, languages, formats"),
    ("/studio/import", "get", "Upload form for a JSON-LD file"),
    ("/studio/import", "post", "Start an import (multipart file)"),
    ("/studio/import/{job_id}", "get", "Import progress and per-posting errors"),
    ("/studio/import/{job_id}.json", "get", "Import progress as JSON"),
    ("/studio/simulate", "get", "Simulation form"),
    ("/studio/simulate", "post", "Ranking and ads for any page text and interests (not counted)"),
    ("/studio/samples", "get", "Sample pages and personas for previews"),
    ("/studio/samples", "post", "Save or reset the samples"),
    ("/studio/templates", "get", "Copy templates with their status"),
    ("/studio/templates/new", "get", "Editor for a new template variant"),
    ("/studio/templates/{language}/{variant}", "get", "Template editor with validation and preview"),
    ("/studio/templates/{language}/{variant}", "post", "Save a draft, approve, pause or discard"),
    ("/studio/templates/{language}/{variant}/check", "get", "Back to the editor (links on a checked page)"),
    ("/studio/templates/{language}/{variant}/check", "post", "Validate and preview a template (stores nothing)"),
    ("/studio/kill-switch", "post", "Stop or resume all serving"),
    ("/studio/audit", "get", "The audit trail"),
    ("/studio/lint", "get", "Inclusive-language panel"),
    ("/studio/lint", "post", "Check a text (stores nothing)"),
    ("/studio/stats", "get", "Charts and tables of k-suppressed counts"),
    ("/studio/stats.csv", "get", "CSV export (by=day|vacancy|topic|vacancy_topic_day)"),
    ("/studio/slots", "get", "Career sites' ad slots"), ("/studio/slots", "post", "Create a slot"),
    ("/studio/slots/new", "get", "Form for a new slot"), ("/studio/slots/{slot_id}/edit", "get", "Edit form"),
    ("/studio/slots/{slot_id}", "get", "A slot: its snippets, a preview in every size, k-suppressed statistics"),
    ("/studio/slots/{slot_id}", "post", "Save a slot"), ("/studio/slots/{slot_id}/delete", "post", "Remove it"),
    ("/studio/vacancies/{vacancy_id}/bidding", "get", "A vacancy's CPM or CPC bid, daily budget and day so far"),
    ("/studio/vacancies/{vacancy_id}/bidding", "post", "Set its bid and budget, or go back to the default"),
    ("/studio/assets/{filename}", "get", "The studio's stylesheet and script"),
)
