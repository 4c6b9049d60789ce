# The two commands of the README. Each sets up what is missing first (scripts/setup.sh).
.PHONY: run test lint bench clean

run:
	@scripts/setup.sh gui
	.venv/bin/herald-timeline

test:
	@scripts/setup.sh test
	.venv/bin/ruff check herald_timeline tests bench scripts
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest

lint:
	.venv/bin/ruff check herald_timeline tests bench scripts

bench:
	@scripts/setup.sh test
	.venv/bin/python bench/speed.py
	.venv/bin/python bench/plover_eval.py
	.venv/bin/python bench/import_speed.py
	.venv/bin/python bench/ui_responsiveness.py

clean:
	rm -rf .venv build dist .pytest_cache .ruff_cache
