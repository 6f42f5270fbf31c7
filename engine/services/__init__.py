"""Use cases the views call: render and bid, previews, reports, transparency. No Flask here."""
