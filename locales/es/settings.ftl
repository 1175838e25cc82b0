# unsit: the settings window: see ../en/settings.ftl.
