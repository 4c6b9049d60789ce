"""Diplomatic events: sentences, actors, triggers, status and time, built into Events."""
