package dev.mim.spring.boot;

/** The transactions contract on H2. */
class H2TransactionsTest extends TransactionsContract {

  @Override
  Class<?> database() {
    return TestDatabase.class;
  }
}
