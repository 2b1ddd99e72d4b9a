package org.eveseat.domain.character.model;

/** What an account may do: every account is a user; admins also see every character and run the server. */
public enum Role { USER, ADMIN }
