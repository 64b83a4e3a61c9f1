package com.researchbridge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ResearchBridgeApplication {

    public static void main(String[] args) {
        SpringApplication.run(ResearchBridgeApplication.class, args);
    }
}
