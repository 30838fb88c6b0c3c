/** The signed-in customer screens, one lazily loaded chunk (the catalog stays the small landing page). */
export { CheckoutRoute } from './checkout';
export { OrderRoute, OrdersRoute } from './orders';
export { PaymentRoute } from './payment';
export { ServiceRoute, ServicesRoute } from './services';
export { WalletRoute } from './wallet';
