package com.example.clean;

public class Greeter {

    private static final String GREETING = "Hello, ";

    public String greet(String name) {
        return GREETING + name;
    }
}
