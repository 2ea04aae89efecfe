package com.example.shop;

/** The keys of a user's profile, tagged so that they share a slot. */
final class Keys {

    static final String NAME = "{user:101}:name";
    static final String EMAIL = "{user:101}:email";

    private Keys() {
    }
}
