import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def emulator = ItSupport.emulator(context)
    def log = new File(basedir, 'build.log').text
    assert log.contains('BXNIM0415E')
    assert log.contains('Provided API key could not be found')
    assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
    assert emulator.requests().all().collect { it.route() } == [Route.TOKEN]
    // the refused key is not in the seed, so it is named as an extra secret
    ItSupport.assertNoLeaks(context, basedir, 'ItKeyUnknown-000000000000-9999')
    return true
} finally {
    ItSupport.stop(context)
}
