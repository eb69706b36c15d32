import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def emulator = ItSupport.emulator(context)
    def log = new File(basedir, 'build.log').text
    assert log.contains('BXNIM0415E')
    assert log.contains('Provided API key could not be found')
    assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
    assert !log.contains('ItKeyUnknown-000000000000-9999')
    assert emulator.requests().all().collect { it.route() } == [Route.TOKEN]
    return true
} finally {
    ItSupport.stop(context)
}
