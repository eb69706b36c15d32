// Starts the emulator over HTTPS and writes trust stores for it: the emulator's own one is named in
// emulator-truststore.properties (build 1); copies in other forms go next to the POM (builds 2 to 4).
import io.github.schematicsci.maven.it.ItSupport

def emulator = ItSupport.startHttps(context)
def properties = new Properties()
properties.setProperty('schematics.trustStore', emulator.trustStore().toString())
properties.setProperty('schematics.trustStoreServerId', 'it-emulator-truststore')
new File(basedir, 'emulator-truststore.properties').withWriter('UTF-8') { properties.store(it, null) }

def dir = basedir.toPath()
ItSupport.writeTrustStore(dir.resolve('protected.p12'), 'PKCS12', emulator.certificate(), 'It-TrustStore-Pw-5c2e')
ItSupport.writePasswordlessPkcs12(dir.resolve('passwordless.p12'), emulator.certificate())
ItSupport.writeTrustStore(dir.resolve('truststore.jks'), 'JKS', emulator.certificate(), 'changeit')
return true
