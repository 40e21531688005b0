"""Reports: JSON, Markdown, HTML, JUnit."""
