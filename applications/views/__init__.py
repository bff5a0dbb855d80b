"""The candidate's pages: the self-check, the seven-step form and the status page."""
