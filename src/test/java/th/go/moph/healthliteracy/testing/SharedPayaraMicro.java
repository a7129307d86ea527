package th.go.moph.healthliteracy.testing;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;

/**
 * The Payara Micro managed container, deployed once per test run: the first deploy starts Payara Micro with the
 * shared archive, later deploys of the same archive reuse it, and it stops when Arquillian stops the container at
 * the end of the run.
 */
public class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private final PayaraMicroDeployableContainer payara = new PayaraMicroDeployableContainer();
    private Archive<?> deployed;
    private ProtocolMetaData running;

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        payara.setup(configuration);
    }

    @Override
    public void start() throws LifecycleException {
        payara.start();
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return payara.getDefaultProtocol();
    }

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (running == null) {
            running = payara.deploy(archive);
            deployed = archive;
        } else if (!deployed.getName().equals(archive.getName())) {
            throw new DeploymentException("Every integration test must deploy PortalDeployment.shared(); got "
                    + archive.getName());
        }
        return running;
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // kept running for the next test class; stopped in stop()
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        if (running != null) {
            try {
                payara.undeploy(deployed);
            } catch (DeploymentException e) {
                throw new LifecycleException("Payara Micro did not stop", e);
            } finally {
                running = null;
                deployed = null;
            }
        }
        payara.stop();
    }

    @Override
    public void deploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("descriptors are not deployed");
    }

    @Override
    public void undeploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("descriptors are not deployed");
    }
}
