# Two commands a new machine needs (Debian, root, Python 3.11):
#   make site   install the package and build the site from seeds/ into site/
#   make test   install what the tests need (Debian's Chromium included) and run the whole suite
PYTHON ?= python3

.PHONY: site test install install-test

install:
	$(PYTHON) -m pip install --quiet -e .
	$(PYTHON) -m compileall -q generator

site: install
	briefing build

install-test: install
	@{ command -v chromium && dpkg -s fonts-noto-cjk; } >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; }
	$(PYTHON) -m pip install --quiet -e '.[test]'
	@test -f node_modules/axe-core/axe.min.js || npm install --no-audit --no-fund --silent

test: install-test
	$(PYTHON) -m pytest -q -n auto --dist loadfile
