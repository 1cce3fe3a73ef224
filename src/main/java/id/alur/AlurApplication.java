package id.alur;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AlurApplication {

  public static void main(String[] args) {
    SpringApplication.run(AlurApplication.class, args);
  }
}
