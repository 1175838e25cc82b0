# unsit: the history window: see ../en/history.ftl.
