"""The bundled resources (demo case, reading rules, icons), installed as organizer.resources."""
