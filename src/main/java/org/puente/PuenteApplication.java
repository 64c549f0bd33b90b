package org.puente;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PuenteApplication {
	public static void main(String[] args) {
		SpringApplication.run(PuenteApplication.class, args);
	}
}
