package io.github.schematicsci.maven;

import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.account.Account;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Lists the IBM Cloud accounts the credential can see (id, name, state): what an IBMid password or passcode user
 * needs to choose {@code accountId}. Runs once per build, with or without a project.
 */
@Mojo(name = "accounts", requiresProject = false, aggregator = true, threadSafe = true)
public class AccountsMojo extends AbstractSchematicsMojo {

    @Inject
    public AccountsMojo(MavenSession session, MavenProject project, SettingsDecrypter decrypter) {
        super(session, project, decrypter);
    }

    @Override
    protected String goal() {
        return "accounts";
    }

    @Override
    protected void validate() {
        // Nothing beyond the shared parameters.
    }

    @Override
    protected void doExecute(IbmCloud cloud) {
        List<Account> accounts = cloud.accounts();
        TextTable table = new TextTable("ID", "NAME", "STATE");
        for (Account account : accounts) {
            table.row(account.id(), account.name(), account.state());
        }
        for (String line : table.lines()) {
            getLog().info(line);
        }
        getLog().info(accounts.size() + (accounts.size() == 1 ? " account" : " accounts")
                + (accounts.size() > 1 ? "; choose one with -Dschematics.accountId=<id or name>" : ""));
    }
}
