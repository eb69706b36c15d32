package io.github.schematicsci.core.iam;

import io.github.schematicsci.core.testing.GuardedTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialTest extends GuardedTest {
    private static final String KEY = "SecretApiKeyValue-0123456789";

    @Test
    void toStringShowsKindAndFingerprintOnly() {
        ApiKey key = ApiKey.of(KEY);
        assertThat(key.toString()).isEqualTo("ApiKey[fingerprint=" + key.fingerprint() + "]").doesNotContain(KEY);
        assertThat(key.fingerprint()).matches("[0-9a-f]{4}");
        IbmIdPassword password = IbmIdPassword.of("alice@example.com", "pw-SECRET-1");
        assertThat(password.toString()).contains("alice@example.com").doesNotContain("pw-SECRET-1");
        assertThat(Passcode.of("PasscodeSecret1").toString()).doesNotContain("PasscodeSecret1");
        assertThat(RefreshToken.of("RefreshSecret1").toString()).doesNotContain("RefreshSecret1");
    }

    @Test
    void equalityFollowsTheSecretWithoutExposingIt() {
        assertThat(ApiKey.of(KEY)).isEqualTo(ApiKey.of(KEY)).hasSameHashCodeAs(ApiKey.of(KEY));
        assertThat(ApiKey.of(KEY)).isNotEqualTo(ApiKey.of(KEY + "x"));
        assertThat((Credential) ApiKey.of("same-value")).isNotEqualTo(Passcode.of("same-value"));
        assertThat(String.valueOf(ApiKey.of(KEY).hashCode())).doesNotContain(KEY);
    }

    @Test
    void credentialsAreNotSerializable() {
        assertThat(ApiKey.of(KEY)).isNotInstanceOf(java.io.Serializable.class);
        assertThat(IbmIdPassword.of("a@b.c", "p")).isNotInstanceOf(java.io.Serializable.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t"})
    void emptyOrBlankApiKeyIsRejectedNamingTheParameter(String value) {
        assertThatThrownBy(() -> ApiKey.of(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("apiKey is ")
                .hasMessageContaining("https://cloud.ibm.com/iam/apikeys");
    }

    @Test
    void nullApiKeyIsRejected() {
        assertThatThrownBy(() -> ApiKey.of(null)).hasMessageStartingWith("apiKey is empty");
    }

    @Test
    void paddedApiKeyIsRejectedWithoutEchoingIt() {
        assertThatThrownBy(() -> ApiKey.of(" " + KEY))
                .hasMessageStartingWith("apiKey has leading or trailing whitespace")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
    }

    @Test
    void apiKeyWithNewlineIsRejectedWithoutEchoingIt() {
        assertThatThrownBy(() -> ApiKey.of(KEY + "\n"))
                .hasMessageStartingWith("apiKey contains a line break")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
        assertThatThrownBy(() -> ApiKey.of("abc\u0007def")).hasMessageContaining("control character at position 4");
        assertThatThrownBy(() -> ApiKey.of("abc def")).hasMessageStartingWith("apiKey contains a space");
    }

    @Test
    void passwordAndUsernameAreChecked() {
        assertThatThrownBy(() -> IbmIdPassword.of(" ", "pw")).hasMessageStartingWith("username is empty");
        assertThatThrownBy(() -> IbmIdPassword.of("a b@c", "pw")).hasMessageContaining("whitespace");
        assertThatThrownBy(() -> IbmIdPassword.of("a@b.c", "")).hasMessageStartingWith("password is empty");
        assertThatThrownBy(() -> IbmIdPassword.of("a@b.c", "secret-pw\n"))
                .hasMessageStartingWith("password contains a line break")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-pw"));
    }

    @Test
    void passcodeAndRefreshTokenAreChecked() {
        assertThatThrownBy(() -> Passcode.of("")).hasMessageStartingWith("passcode is empty");
        assertThatThrownBy(() -> Passcode.of("ab cd")).hasMessageStartingWith("passcode contains whitespace");
        assertThatThrownBy(() -> RefreshToken.of("  ")).hasMessageStartingWith("refreshToken is blank");
    }

    @Test
    void usernamePasswordPairsAreClassifiedOnce() {
        assertThat(Credential.fromUsernameAndPassword(null, KEY)).isInstanceOf(ApiKey.class);
        assertThat(Credential.fromUsernameAndPassword("", KEY)).isInstanceOf(ApiKey.class);
        assertThat(Credential.fromUsernameAndPassword("apikey", KEY)).isInstanceOf(ApiKey.class);
        assertThat(Credential.fromUsernameAndPassword("IAMAPIKEY", KEY)).isInstanceOf(ApiKey.class);
        assertThat(Credential.fromUsernameAndPassword("alice@example.com", "pw"))
                .isInstanceOfSatisfying(IbmIdPassword.class, p -> assertThat(p.username()).isEqualTo("alice@example.com"));
    }
}
