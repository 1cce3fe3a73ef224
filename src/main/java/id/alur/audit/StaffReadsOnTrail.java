package id.alur.audit;

import id.alur.cases.CaseFile;
import id.alur.cases.CaseRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Execution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Staff reading a citizen's data through the engine: the variables of a task (what Tasklist loads when a
 * clerk opens a task), of a case's process instance or execution, and variable queries, through the engine's
 * REST API or the webapps' (Tasklist, Cockpit). Each successful read is a {@code CASE_READ} on the trail with
 * the case, its owning OPD and the address read; a query not narrowed to cases is recorded without a case.
 * Reads of the model, task lists and counts are not reads of a citizen's data and are left out.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 20)
class StaffReadsOnTrail extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(StaffReadsOnTrail.class);
  private static final Pattern ENGINE_API = Pattern.compile("^(/engine-rest|/camunda/api/engine/engine/[^/]+)(/.+)$");
  private static final Pattern TASK =
      Pattern.compile("^/task/([^/]+)/(?:variables|form-variables|localVariables)(?:/.*)?$");
  private static final Pattern INSTANCE = Pattern.compile("^/process-instance/([^/]+)/variables(?:/.*)?$");
  private static final Pattern EXECUTION = Pattern.compile("^/execution/([^/]+)/localVariables(?:/.*)?$");
  private static final Pattern QUERY = Pattern.compile("^/(?:history/)?(?:variable-instance|detail)$");
  /** More cases than one query of a screen names; the rest of a bulk read is recorded as one row. */
  private static final int MAX_CASES = 50;

  private final AuditTrail trail;
  private final CaseRegistry cases;
  private final HistoryService history;
  private final RuntimeService runtime;
  private final IdentityService identity;

  StaffReadsOnTrail(AuditTrail trail, CaseRegistry cases, HistoryService history, RuntimeService runtime,
      IdentityService identity) {
    this.trail = trail;
    this.cases = cases;
    this.history = history;
    this.runtime = runtime;
    this.identity = identity;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String method = request.getMethod();
    return !("GET".equals(method) || "POST".equals(method)) || !ENGINE_API.matcher(path(request)).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, response);
    if (response.getStatus() < 200 || response.getStatus() >= 300) {
      return;
    }
    Matcher api = ENGINE_API.matcher(path(request));
    if (!api.matches()) {
      return;
    }
    String via = api.group(1).equals("/engine-rest") ? "engine-rest" : "webapp";
    String resource = api.group(2);
    try {
      Optional<String> user = RequestUser.of(request);
      if (user.isPresent()) {
        record(user.get(), via, resource, request);
      }
    } catch (RuntimeException e) {
      LOG.error("Could not put a read of {} on the audit trail", resource, e);
    }
  }

  private void record(String user, String via, String resource, HttpServletRequest request) {
    Matcher task = TASK.matcher(resource);
    Matcher instance = INSTANCE.matcher(resource);
    Matcher execution = EXECUTION.matcher(resource);
    if (task.matches() && "GET".equals(request.getMethod())) {
      systemLookup(() -> caseOfTask(task.group(1))).ifPresent(found -> read(user, via, resource, found));
    } else if (instance.matches() && "GET".equals(request.getMethod())) {
      cases.findByProcessInstance(instance.group(1)).ifPresent(found -> read(user, via, resource, found));
    } else if (execution.matches() && "GET".equals(request.getMethod())) {
      systemLookup(() -> caseOfExecution(execution.group(1))).ifPresent(found -> read(user, via, resource, found));
    } else if (QUERY.matcher(resource).matches()) {
      List<String> instances = instancesNamed(request);
      if (instances.isEmpty() || instances.size() > MAX_CASES) {
        trail.record(new AuditEvent(user, null, null, AuditActions.CASE_READ, details(via, resource)));
      } else {
        instances.forEach(id -> cases.findByProcessInstance(id).ifPresent(found -> read(user, via, resource, found)));
      }
    }
  }

  private void read(String user, String via, String resource, CaseFile caseFile) {
    trail.record(new AuditEvent(user, caseFile.owningOpd(), caseFile.trackingNumber().value(), AuditActions.CASE_READ,
        details(via, resource)));
  }

  private Optional<CaseFile> caseOfTask(String taskId) {
    HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    return task == null || task.getProcessInstanceId() == null ? Optional.empty()
        : cases.findByProcessInstance(task.getProcessInstanceId());
  }

  private Optional<CaseFile> caseOfExecution(String executionId) {
    Execution execution = runtime.createExecutionQuery().executionId(executionId).singleResult();
    return execution == null ? Optional.empty() : cases.findByProcessInstance(execution.getProcessInstanceId());
  }

  /**
   * Which case a task or execution belongs to, asked without the reader's engine authorizations: they have
   * just read it, and the trail must name the case even where they may not list the task.
   */
  private Optional<CaseFile> systemLookup(Supplier<Optional<CaseFile>> lookup) {
    Authentication reader = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (reader != null) {
        identity.setAuthentication(reader);
      }
    }
  }

  /** The process instances a GET query is narrowed to ({@code processInstanceId}, {@code processInstanceIdIn}). */
  private static List<String> instancesNamed(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return List.of();
    }
    String one = request.getParameter("processInstanceId");
    String many = request.getParameter("processInstanceIdIn");
    if (one != null && !one.isBlank()) {
      return List.of(one.trim());
    }
    return many == null || many.isBlank() ? List.of()
        : Arrays.stream(many.split(",")).map(String::trim).filter(id -> !id.isEmpty()).distinct().toList();
  }

  private static Map<String, Object> details(String via, String resource) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("by", "staff");
    details.put("via", via);
    details.put("path", resource.length() > 300 ? resource.substring(0, 300) : resource);
    return details;
  }

  private static String path(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    return context == null || context.isEmpty() ? uri : uri.substring(context.length());
  }
}
