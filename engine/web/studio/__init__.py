"""The marketeers' studio: server-rendered pages behind a sign-in, the only place with a cookie.

Views stay thin: they parse a form, call the engine (oversight, catalogue, preview, stats) and
render a template from ``templates/studio/``. ``blueprint.bp`` is registered by the app factory.
"""
