import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def emulator = ItSupport.emulator(context)
    def log = new File(basedir, 'build.log').text
    assert log.contains("Credential: settings server 'it-apikey' (API key)")
    assert log.contains('Workspace app-one (us-south.workspace.app-one.1a2b3c4d) in us-south, resource group prod: ACTIVE')
    assert log.contains('  schematics.output.cluster_id = c-app-one-0001')
    assert log.contains('Left out sensitive outputs: db_password (set includeSensitive=true to export them)')

    def dir = new File(basedir, 'target/schematics')
    def text = new File(dir, 'workspace.properties').getText('UTF-8')
    assert !text.contains('\r') && !text.startsWith('#') && text.endsWith('\n')
    def keys = text.readLines().collect { it.substring(0, it.indexOf('=')) }
    assert keys == keys.toSorted()
    def props = ItSupport.properties(new File(dir, 'workspace.properties').toPath())
    assert props['schematics.workspace.id'] == 'us-south.workspace.app-one.1a2b3c4d'
    assert props['schematics.workspace.name'] == 'app-one'
    assert props['schematics.workspace.status'] == 'ACTIVE'
    assert props['schematics.workspace.resourceGroup'] == 'prod'
    assert props['schematics.output.cluster_id'] == 'c-app-one-0001'
    assert !props.containsKey('schematics.output.db_password')

    def json = new groovy.json.JsonSlurper().parse(new File(dir, 'workspace.json'))
    assert json.workspace.id == 'us-south.workspace.app-one.1a2b3c4d'
    assert json.outputs.cluster_id.value == 'c-app-one-0001'
    assert json.outputs.ports.value == [80, 443]
    assert json.excludedSensitiveOutputs == ['db_password']

    // An API key's token, then the workspace and its outputs from the id's own region: nothing else.
    def requests = emulator.requests().all()
    assert requests.collect { it.route() } == [Route.TOKEN, Route.WORKSPACE_GET, Route.WORKSPACE_OUTPUTS]
    assert requests[0].grantType() == 'urn:ibm:params:oauth:grant-type:apikey'
    assert requests.findAll { it.route() != Route.TOKEN }.every { it.region() == 'us-south' }
    assert requests.every { it.userAgent().contains('schematics-maven-plugin/') }
    ItSupport.assertNoLeaks(context, basedir)
    return true
} finally {
    ItSupport.stop(context)
}
