package th.go.moph.healthliteracy.testing;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;

/**
 * Arquillian extension: every integration-test class deploys the same archive ({@link PortalDeployment#shared()}),
 * and this keeps one Payara Micro running for all of them instead of starting one per class (about 30 s each).
 */
public class SharedDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
    }
}
