"""``python -m engine.domain.taxonomy check``: validate the data files and print counts."""

import sys
from collections import Counter

from engine.domain.taxonomy.model import TaxonomyError, load_taxonomy


def main(argv: list[str]) -> int:
    if argv[1:] != ["check"]:
        print("usage: python -m engine.domain.taxonomy check", file=sys.stderr)
        return 2
    try:
        taxonomy = load_taxonomy()
    except TaxonomyError as exc:
        print(f"taxonomy error: {exc}", file=sys.stderr)
        return 1
    by_type = Counter(c.type for c in taxonomy.concepts.values())
    by_family = Counter(c.family for c in taxonomy.concepts.values())
    print(f"{len(taxonomy)} concepts, version {taxonomy.version}: {dict(by_type)}")
    print("by family:", dict(sorted(by_family.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
