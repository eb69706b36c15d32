// Starts the emulator and a recording proxy that requires the IT proxy credentials.
import io.github.schematicsci.maven.it.ItSupport

ItSupport.start(context)
def proxy = ItSupport.startProxy(context, 'it-proxy-user', 'It-Proxy-Secret-4411')
['settings-proxy', 'settings-proxy-bypass'].each { name ->
    def template = new File(basedir, name + '.template.xml').getText('UTF-8')
    new File(basedir, name + '.xml').setText(template.replace('PROXY_PORT', String.valueOf(proxy.port())), 'UTF-8')
}
return true
