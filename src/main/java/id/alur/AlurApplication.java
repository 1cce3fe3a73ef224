package id.alur;

import id.alur.engine.ModelDeployment;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AlurApplication {

  public static void main(String[] args) {
    ModelDeployment.readModelsAhead();
    SpringApplication.run(AlurApplication.class, args);
  }
}
