package dev.wharf.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlatformTest {

    private static final Platform LINUX_X64 = Platform.of("Linux", "amd64");

    @Test
    void javasNamesForSystemsAndProcessorsBecomeNettysClassifiers() {
        assertThat(LINUX_X64).isEqualTo(new Platform(Platform.Os.LINUX, "x86_64"));
        assertThat(Platform.of("Mac OS X", "aarch64")).isEqualTo(new Platform(Platform.Os.MACOS, "aarch_64"));
        assertThat(Platform.of("Windows 11", "amd64")).isEqualTo(new Platform(Platform.Os.WINDOWS, "x86_64"));
    }

    @Test
    void anotherPlatformsNativeJarsAreLeftOutAndThisOnesKept() {
        assertThat(LINUX_X64.isOtherPlatformsNativeJar("netty-transport-native-epoll-4.2.7.Final-linux-x86_64.jar"))
                .isFalse();
        assertThat(LINUX_X64.isOtherPlatformsNativeJar("netty-transport-native-epoll-4.2.7.Final-linux-aarch_64.jar"))
                .isTrue();
        assertThat(LINUX_X64.isOtherPlatformsNativeJar("netty-transport-native-io_uring-4.2.7.Final-linux-riscv64.jar"))
                .isTrue();
        assertThat(LINUX_X64.isOtherPlatformsNativeJar("netty-codec-native-quic-4.2.7.Final-osx-x86_64.jar"))
                .isTrue();
        assertThat(LINUX_X64.isOtherPlatformsNativeJar("netty-codec-native-quic-4.2.7.Final-windows-x86_64.jar"))
                .isTrue();
        assertThat(Platform.of("Mac OS X", "aarch64")
                        .isOtherPlatformsNativeJar("netty-transport-native-kqueue-4.2.7.Final-osx-aarch_64.jar"))
                .isFalse();
    }

    @Test
    void jarsWithoutANativeClassifierAreEveryonesAndKept() {
        assertThat(LINUX_X64.isOtherPlatformsNativeJar("netty-transport-classes-kqueue-4.2.7.Final.jar"))
                .isFalse();
        assertThat(LINUX_X64.isOtherPlatformsNativeJar("wharf-app-0.1.0-SNAPSHOT.jar"))
                .isFalse();
        assertThat(LINUX_X64.isOtherPlatformsNativeJar("jackson-databind-2.19.2.jar"))
                .isFalse();
    }

    @Test
    void aSystemJpackageCannotPackageForIsNamedInTheRefusal() {
        assertThatThrownBy(() -> Platform.of("FreeBSD", "amd64"))
                .isInstanceOf(PackagingException.class)
                .hasMessageContaining("not for FreeBSD");
    }
}
