import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def emulator = ItSupport.emulator(context)
    def log = new File(basedir, 'build.log').text
    assert log.contains("Credential: settings server 'it-user' (IBMid password)")
    assert log =~ /ID\s+NAME\s+STATE/
    assert log =~ /a1b2c3d4e5f60718293a4b5c6d7e8f90\s+IT Main\s+ACTIVE/
    assert log =~ /0f1e2d3c4b5a69788796a5b4c3d2e1f0\s+IT Other\s+SUSPENDED/
    assert log.contains('2 accounts; choose one with -Dschematics.accountId=<id or name>')
    assert log.contains('Workspace app-one (us-south.workspace.app-one.1a2b3c4d)')

    def tokens = emulator.requests().all().findAll { it.route() == Route.TOKEN }
    assert tokens.every { it.grantType() == 'password' }
    assert tokens.any { it.formValue('bss_account') == 'a1b2c3d4e5f60718293a4b5c6d7e8f90' }
    ItSupport.assertNoLeaks(context, basedir)
    return true
} finally {
    ItSupport.stop(context)
}
