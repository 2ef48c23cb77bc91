package org.demarche.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerOptionsTest {
    @Test
    void loopbackNeedsNoToken() {
        assertThat(ServerOptions.loopback(8080).token()).isNull();
        assertThat(ServerOptions.isLoopback("127.0.0.1")).isTrue();
        assertThat(ServerOptions.isLoopback("localhost")).isTrue();
        assertThat(ServerOptions.isLoopback("::1")).isTrue();
    }

    @Test
    void listeningBeyondLoopbackNeedsAToken() {
        assertThat(ServerOptions.isLoopback("0.0.0.0")).isFalse();
        assertThatThrownBy(() -> new ServerOptions("0.0.0.0", 8080, null))
                .hasMessageContaining("needs a corrections token");
        assertThat(new ServerOptions("0.0.0.0", 8080, "secret").token()).isEqualTo("secret");
    }

    @Test
    void portsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> ServerOptions.loopback(70_000)).hasMessageContaining("port");
    }
}
