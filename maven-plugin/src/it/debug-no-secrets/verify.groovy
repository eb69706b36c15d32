import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def emulator = ItSupport.emulator(context)
    def logFile = new File(basedir, 'build.log')
    def log = logFile.text
    assert log.contains('[DEBUG]')                                  // really -X
    assert log.contains('(f) serverId = it-user')                   // -X prints parameters; none holds a secret
    assert log.contains('Credential: environment variable IBMCLOUD_API_KEY')
    assert log.contains("Credential: settings server 'it-user' (IBMid password)")
    assert emulator.issuedTokens().size() >= 2                     // tokens were issued, so there was something to leak

    // The whole -X log and every file under target/: no seeded secret, issued token (plain, base64 or URL-encoded)
    // or sensitive output value. build.log + workspace.*, workspaces.json, user/workspace.*
    assert ItSupport.assertNoLeaks(context, basedir, 'ItSensitive-Output-Value-77') >= 6
    return true
} finally {
    ItSupport.stop(context)
}
