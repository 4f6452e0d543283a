import { catalog } from '../catalog.js';

/** Before anyone is signed in: the sign-in page and the one-time setup. */
export const auth = catalog('auth', {
  'signIn.title': 'Sign in to Convene',
  'signIn.email': 'Email',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',

  'setup.title': 'Set up Convene',
  'setup.intro': 'Create the first administrator. This page is shown only once.',
  'setup.submit': 'Create administrator',

  'required.name': 'Enter your name',
  'required.email': 'Enter your email',
  'required.password': 'Enter your password',
  'required.newPassword': 'Choose a password',
});
