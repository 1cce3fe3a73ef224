package id.alur.sla;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the settings and the scheduled work (clock watch, calendar refresh) of the SLA module. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(SlaSettings.class)
class SlaConfiguration {
}
