import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def filtered = ItSupport.properties(new File(basedir, 'target/classes/app.properties').toPath())
    assert filtered['cluster'] == 'c-app-one-0001'
    assert filtered['name'] == 'app-one'
    assert filtered['location'] == 'us-south'          // resource filtering sees the exported value
    assert filtered['ports'] == '[80,443]'
    assert new File(basedir, 'target/by-cluster/c-app-one-0001/app.properties').isFile()
    assert new File(basedir, 'target/by-location/pom-default/app.properties').isFile()
    assert !new File(basedir, 'target/by-location/us-south').exists()
    ItSupport.assertNoLeaks(context, basedir)
    return true
} finally {
    ItSupport.stop(context)
}
