import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def emulator = ItSupport.emulator(context)
    def log = new File(basedir, 'build.log').text
    assert ItSupport.countLines(log, 'Credential: environment variable SCHEMATICS_PASSCODE') == 2
    assert new File(basedir, 'target/schematics/workspace.properties').isFile()
    assert !new File(basedir, 'target/second').exists()
    // the passcode grant succeeds once and is refused the second time (core then scopes the token with its refresh token)
    def passcodeGrants = emulator.requests().all().findAll { it.grantType() == 'urn:ibm:params:oauth:grant-type:passcode' }
    assert passcodeGrants*.status() == [200, 400]
    ItSupport.assertNoLeaks(context, basedir)
    return true
} finally {
    ItSupport.stop(context)
}
