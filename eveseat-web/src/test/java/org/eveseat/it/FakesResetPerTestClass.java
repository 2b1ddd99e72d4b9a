package org.eveseat.it;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Every test class meets the fake SSO and ESI in their default behaviour, whatever the class before it asked of
 * them and failed to undo: the fakes live as long as the run, the servers under test keep their tokens.
 */
public class FakesResetPerTestClass implements TestExecutionListener {
    @Override
    public void executionStarted(TestIdentifier test) {
        if (IntegrationEnvironment.sso() != null && test.getSource().filter(ClassSource.class::isInstance).isPresent()) {
            IntegrationEnvironment.sso().resetBehaviour();
            IntegrationEnvironment.esi().resetFaults();
        }
    }
}
