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
    def target = new File(basedir, 'target').toPath()
    assert ItSupport.countFiles(target) >= 5                        // workspace.*, workspaces.json, user/workspace.*
    assert emulator.issuedTokens().size() >= 2                     // tokens were issued, so there was something to leak

    def secrets = new LinkedHashSet<String>()
    secrets.addAll(emulator.seedSecrets())
    secrets.addAll(emulator.issuedTokens())
    secrets.add('ItSensitive-Output-Value-77')
    def leaks = ItSupport.findSecrets(logFile.toPath(), target, secrets)
    assert leaks.isEmpty()
    return true
} finally {
    ItSupport.stop(context)
}
