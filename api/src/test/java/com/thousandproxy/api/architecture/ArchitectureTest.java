package com.thousandproxy.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The hexagon's rules, checked on the production classes of every module. */
@AnalyzeClasses(
    packages = "com.thousandproxy",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String DOMAIN = "com.thousandproxy.domain..";
  private static final String APPLICATION = "com.thousandproxy.application..";
  private static final String ADAPTERS = "com.thousandproxy.adapters..";
  private static final String API = "com.thousandproxy.api..";

  @ArchTest
  static final ArchRule theDomainUsesOnlyTheJdkAndItself =
      classes()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(DOMAIN, "java..", "javax.crypto..")
          .as("the domain is pure Java: no framework, no Reactor, no other layer");

  @ArchTest
  static final ArchRule theApplicationKnowsNoFrameworkAndNoAdapter =
      classes()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              DOMAIN,
              APPLICATION,
              "java..",
              "javax.crypto..",
              "reactor.core..",
              "reactor.util..",
              "org.reactivestreams..")
          .as("use cases depend on the domain, Reactor and their own ports only");

  @ArchTest
  static final ArchRule adaptersNeverUseTheApiLayer =
      noClasses()
          .that()
          .resideInAPackage(ADAPTERS)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(API);

  @ArchTest static final ArchRule persistenceAdaptersStandApart = adapterStandsApart("persistence");

  @ArchTest static final ArchRule panelAdaptersStandApart = adapterStandsApart("xui");

  @ArchTest static final ArchRule paymentAdaptersStandApart = adapterStandsApart("payments");

  @ArchTest
  static final ArchRule nothingBlocksOnAReactiveType =
      noClasses()
          .should()
          .callMethod(Mono.class, "block")
          .orShould()
          .callMethod(Mono.class, "block", java.time.Duration.class)
          .orShould()
          .callMethod(Mono.class, "blockOptional")
          .orShould()
          .callMethod(Flux.class, "blockFirst")
          .orShould()
          .callMethod(Flux.class, "blockLast")
          .orShould()
          .callMethod(Flux.class, "toIterable")
          .orShould()
          .callMethod(Flux.class, "toStream")
          .as("no production code blocks on a Mono or Flux");

  private static ArchRule adapterStandsApart(String adapter) {
    return noClasses()
        .that()
        .resideInAPackage("com.thousandproxy.adapters." + adapter + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(otherAdapters(adapter))
        .as("adapters-" + adapter + " does not depend on another adapter")
        .allowEmptyShould(true);
  }

  private static String[] otherAdapters(String adapter) {
    return java.util.stream.Stream.of("persistence", "xui", "payments")
        .filter(other -> !other.equals(adapter))
        .map(other -> "com.thousandproxy.adapters." + other + "..")
        .toArray(String[]::new);
  }
}
