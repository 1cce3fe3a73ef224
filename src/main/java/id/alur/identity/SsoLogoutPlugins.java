package id.alur.identity;

import jakarta.ws.rs.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.admin.plugin.spi.impl.AbstractAdminPlugin;
import org.camunda.bpm.admin.resource.AbstractAdminPluginRootResource;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.camunda.bpm.welcome.plugin.spi.impl.AbstractWelcomePlugin;
import org.camunda.bpm.welcome.resource.AbstractWelcomePluginRootResource;

/**
 * A small script in every webapp that points the "Log out" link at {@code /logout}, so that logging out
 * ends the Keycloak session too, and skips the webapps' own login page. Camunda loads plugins through
 * {@code META-INF/services}, outside Spring, so the profile switches them with a flag: without Keycloak
 * the script is an empty one and Camunda's own login and logout stay as they are.
 */
public final class SsoLogoutPlugins {

  static final String ID = "alur-sso-logout";
  private static final AtomicBoolean ENABLED = new AtomicBoolean();

  private SsoLogoutPlugins() {
  }

  static void enable() {
    ENABLED.set(true);
  }

  static String assetDirectory() {
    return ENABLED.get() ? "plugin-webapp/" + ID : "plugin-webapp/" + ID + "-off";
  }

  public static class Tasklist extends AbstractTasklistPlugin {
    @Override
    public String getId() {
      return ID;
    }

    @Override
    public String getAssetDirectory() {
      return assetDirectory();
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
      return Set.of(TasklistResource.class);
    }
  }

  @Path("plugin/" + ID)
  public static class TasklistResource extends AbstractTasklistPluginRootResource {
    public TasklistResource() {
      super(ID);
    }
  }

  public static class Cockpit extends AbstractCockpitPlugin {
    @Override
    public String getId() {
      return ID;
    }

    @Override
    public String getAssetDirectory() {
      return assetDirectory();
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
      return Set.of(CockpitResource.class);
    }
  }

  @Path("plugin/" + ID)
  public static class CockpitResource extends AbstractCockpitPluginRootResource {
    public CockpitResource() {
      super(ID);
    }
  }

  public static class Admin extends AbstractAdminPlugin {
    @Override
    public String getId() {
      return ID;
    }

    @Override
    public String getAssetDirectory() {
      return assetDirectory();
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
      return Set.of(AdminResource.class);
    }
  }

  @Path("plugin/" + ID)
  public static class AdminResource extends AbstractAdminPluginRootResource {
    public AdminResource() {
      super(ID);
    }
  }

  public static class Welcome extends AbstractWelcomePlugin {
    @Override
    public String getId() {
      return ID;
    }

    @Override
    public String getAssetDirectory() {
      return assetDirectory();
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
      return Set.of(WelcomeResource.class);
    }
  }

  @Path("plugin/" + ID)
  public static class WelcomeResource extends AbstractWelcomePluginRootResource {
    public WelcomeResource() {
      super(ID);
    }
  }
}
