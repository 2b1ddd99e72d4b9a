package org.eveseat.domain.character.model;

/** Whether EVE SSO still honours the character's refresh token. INVALID stops its syncs until the pilot logs in again. */
public enum TokenState { VALID, INVALID }
