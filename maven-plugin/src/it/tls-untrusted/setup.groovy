// Starts the emulator over HTTPS (self-signed certificate for localhost and 127.0.0.1), and writes a trust store
// holding the certificate of another HTTPS emulator, which is not the one the build talks to.
import io.github.schematicsci.emulator.Emulator
import io.github.schematicsci.maven.it.ItSupport

ItSupport.startHttps(context)
def other = Emulator.builder().https(true).start()
try {
    ItSupport.writeTrustStore(new File(basedir, 'other-server.jks').toPath(), 'JKS', other.certificate(), 'changeit')
} finally {
    other.close()
}
return true
