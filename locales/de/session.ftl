# unsit: the session window: see ../en/session.ftl.
