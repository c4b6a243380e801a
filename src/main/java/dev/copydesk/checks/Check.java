package dev.copydesk.checks;

import dev.copydesk.facts.Facts;
import java.util.List;

/** One configured check: reads facts, returns findings. Stateless after construction, so threads may share it. */
public interface Check {
    /** The id of the rule this check was built from. */
    String ruleId();

    List<Finding> run(Facts facts);
}
