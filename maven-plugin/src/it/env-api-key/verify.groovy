import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def emulator = ItSupport.emulator(context)
    def log = new File(basedir, 'build.log').text
    assert log.contains('Credential: environment variable IBMCLOUD_API_KEY')
    assert new File(basedir, 'target/schematics/workspace.properties').isFile()
    def tokens = emulator.requests().all().findAll { it.route() == Route.TOKEN }
    assert tokens.size() == 1 && tokens[0].grantType() == 'urn:ibm:params:oauth:grant-type:apikey' && tokens[0].status() == 200
    // the keys that lost are not in the seed, so they are named as extra secrets
    ItSupport.assertNoLeaks(context, basedir, 'ItKeyUnknown-notToBeUsed-0001', 'PcIt-notToBeUsed')
    return true
} finally {
    ItSupport.stop(context)
}
