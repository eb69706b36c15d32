package io.github.schematicsci.core.testing;

import io.github.schematicsci.emulator.Seed;
import java.util.List;

/** The accounts, users and keys core's tests run against. Every secret is distinctive, so leak checks can find it. */
public final class TestSeeds {
    public static final String ACCOUNT_A = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1";
    public static final String ACCOUNT_B = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb2";
    public static final String ACCOUNT_C = "ccccccccccccccccccccccccccccccc3";

    public static final String ALICE = "alice@example.com";
    public static final String ALICE_PASSWORD = "Alice-Secret-Password-7731";
    public static final String BOB = "bob@example.com";
    public static final String BOB_PASSWORD = "Bob-Secret-Password-9917";
    public static final String CAROL_MFA = "carol@example.com";
    public static final String CAROL_PASSWORD = "Carol-Secret-Password-4412";
    public static final String DAVE = "dave@example.com";
    public static final String DAVE_PASSCODE_1 = "DavePasscode0001";
    public static final String DAVE_PASSCODE_2 = "DavePasscode0002";
    public static final String ERIN_PASSCODE = "ErinPasscode0001";

    /** Alice's API key, account A. */
    public static final String KEY_A = "KeyAlphaSecret-0123456789abcdefghijklmnopq";
    /** A service id's API key, account B. */
    public static final String KEY_B = "KeyBravoSecret-0123456789abcdefghijklmnopq";

    public static final List<String> SECRETS = List.of(ALICE_PASSWORD, BOB_PASSWORD, CAROL_PASSWORD, DAVE_PASSCODE_1,
            DAVE_PASSCODE_2, ERIN_PASSCODE, KEY_A, KEY_B);

    private TestSeeds() {
    }

    /** Three accounts; Alice in A; Bob in A and B; Carol needs MFA; Dave (passcodes) in A and B; Erin (passcode) in C. */
    public static Seed.Builder identities() {
        return Seed.builder()
                .account(Seed.Account.of(ACCOUNT_A, "Alpha Corp"))
                .account(Seed.Account.of(ACCOUNT_B, "Bravo Labs"))
                .account(Seed.Account.of(ACCOUNT_C, "Charlie Co"))
                .user(Seed.User.of("IBMid-100000ALIC", ALICE, ALICE_PASSWORD, "Alice", ACCOUNT_A))
                .user(Seed.User.of("IBMid-100000BOBB", BOB, BOB_PASSWORD, "Bob", ACCOUNT_A, ACCOUNT_B))
                .user(Seed.User.of("IBMid-100000CARO", CAROL_MFA, CAROL_PASSWORD, "Carol", ACCOUNT_A)
                        .withMfaRequired(true))
                .user(Seed.User.of("IBMid-100000DAVE", DAVE, null, "Dave", ACCOUNT_A, ACCOUNT_B)
                        .withPasscodes(DAVE_PASSCODE_1, DAVE_PASSCODE_2))
                .user(Seed.User.of("IBMid-100000ERIN", "erin@example.com", null, "Erin", ACCOUNT_C)
                        .withPasscodes(ERIN_PASSCODE))
                .serviceId(new Seed.ServiceId("iam-ServiceId-0000-bravo", "ci-bot", ACCOUNT_B))
                .apiKey(new Seed.ApiKey(KEY_A, "IBMid-100000ALIC", ACCOUNT_A))
                .apiKey(new Seed.ApiKey(KEY_B, "iam-ServiceId-0000-bravo", ACCOUNT_B));
    }
}
