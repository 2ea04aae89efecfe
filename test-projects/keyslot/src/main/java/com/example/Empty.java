package com.example;

public class Empty {
}
